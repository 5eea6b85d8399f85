// Passkeys (WebAuthn): registering one on the account page, using one at the second factor. The server sends the
// options as JSON with binary values in base64url; the browser's API wants ArrayBuffers, and back again.
(() => {
  "use strict";

  const fromBase64url = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;
  };

  const toBase64url = (buffer) =>
    btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  const withIds = (descriptors) => (descriptors || []).map((d) => ({ ...d, id: fromBase64url(d.id) }));

  const post = (url, body) => {
    const headers = { Accept: "application/json" };
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    return fetch(url, { method: "POST", headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
  };

  const show = (container, message) => {
    const error = container.querySelector("[data-passkey-error]");
    error.textContent = message;
    error.hidden = false;
  };

  const supported = () => window.PublicKeyCredential && navigator.credentials;

  async function register(container) {
    const label = container.querySelector("#passkey-label").value.trim();
    if (!label || label.length > 64) {
      show(container, container.dataset.labelMissing);
      return;
    }
    const optionsResponse = await post("/account/passkeys/options");
    if (!optionsResponse.ok) {
      throw new Error("options " + optionsResponse.status);
    }
    const options = await optionsResponse.json();
    const credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        challenge: fromBase64url(options.challenge),
        user: { ...options.user, id: fromBase64url(options.user.id) },
        excludeCredentials: withIds(options.excludeCredentials),
      },
    });
    const response = credential.response;
    const result = await post("/account/passkeys", {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: toBase64url(credential.rawId),
          response: {
            attestationObject: toBase64url(response.attestationObject),
            clientDataJSON: toBase64url(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : [],
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment,
        },
        label,
      },
    });
    if (!result.ok) {
      throw new Error("register " + result.status);
    }
    window.location.reload();
  }

  async function signIn() {
    const optionsResponse = await post("/login/second-factor/passkey/options");
    if (!optionsResponse.ok) {
      throw new Error("options " + optionsResponse.status);
    }
    const options = await optionsResponse.json();
    const credential = await navigator.credentials.get({
      publicKey: { ...options, challenge: fromBase64url(options.challenge), allowCredentials: withIds(options.allowCredentials) },
    });
    const response = credential.response;
    const result = await post("/login/second-factor/passkey", {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      response: {
        authenticatorData: toBase64url(response.authenticatorData),
        clientDataJSON: toBase64url(response.clientDataJSON),
        signature: toBase64url(response.signature),
        userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined,
      },
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment,
    });
    // both outcomes name the next page: where the officer was going, or the form again
    const next = await result.json();
    window.location.assign(next.redirect);
  }

  const wire = (selector, buttonSelector, action) => {
    const container = document.querySelector(selector);
    if (!container) {
      return;
    }
    const button = container.querySelector(buttonSelector);
    button.addEventListener("click", async () => {
      if (!supported()) {
        show(container, container.dataset.unsupported);
        return;
      }
      button.disabled = true;
      try {
        await action(container);
      } catch (error) {
        show(container, container.dataset.failed);
      } finally {
        button.disabled = false;
      }
    });
  };

  wire("[data-passkey-register]", "[data-passkey-register-button]", register);
  wire("[data-passkey-sign-in]", "[data-passkey-sign-in-button]", signIn);
})();
