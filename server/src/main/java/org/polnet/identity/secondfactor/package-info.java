/**
 * The second factor, internal to identity: authenticator codes (TOTP, enrolled with a QR code) and passkeys
 * (WebAuthn), and the step of signing in that checks them.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.secondfactor;
