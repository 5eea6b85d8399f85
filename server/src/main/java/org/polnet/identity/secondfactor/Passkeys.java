package org.polnet.identity.secondfactor;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.officers.IdentityAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpSession;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer's passkeys: registering one (once fully signed in), listing and removing them, and the WebAuthn
 * ceremonies behind them. The challenge of a ceremony under way is kept in the session (which lives in the
 * database, so only serializable values go there) and is used once.
 */
@Service
public class Passkeys {

	private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

	static final String REGISTER = "identity.passkey.register";

	static final String REMOVE = "identity.passkey.remove";

	private static final String REGISTRATION = Passkeys.class.getName() + ".registration";

	private static final String SIGN_IN = Passkeys.class.getName() + ".sign-in";

	static final int LABEL_LENGTH = 64;

	/** The algorithms Spring's relying party offers, asked for again when the response is checked. */
	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256);

	/** What a registration under way needs to be checked: the creation options themselves cannot be serialized. */
	private record PendingRegistration(String rpId, String rpName, PublicKeyCredentialUserEntity user,
			Bytes challenge) implements Serializable {

		PublicKeyCredentialCreationOptions options() {
			return PublicKeyCredentialCreationOptions.builder()
				.rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
				.user(user)
				.challenge(challenge)
				.pubKeyCredParams(ALGORITHMS)
				.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.PREFERRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build())
				.build();
		}
	}

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final IdentityAudit audit;

	private final TransactionTemplate transactions;

	private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	Passkeys(WebAuthnRelyingPartyOperations relyingParty, PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, IdentityAudit audit, TransactionTemplate transactions) {
		this.relyingParty = relyingParty;
		this.users = users;
		this.credentials = credentials;
		this.audit = audit;
		this.transactions = transactions;
	}

	/** The officer's passkeys, most recently registered first. */
	public List<PasskeySummary> of(CurrentOfficer me) {
		return records(me.username()).stream()
			.map(record -> new PasskeySummary(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					record.getCreated(), record.getLastUsed()))
			.sorted(Comparator.comparing(PasskeySummary::createdAt).reversed())
			.toList();
	}

	boolean any(String username) {
		return !records(username).isEmpty();
	}

	/**
	 * Starts registering a passkey: the options for {@code navigator.credentials.create}, as JSON. The officer's
	 * passkeys already registered are excluded, so one authenticator is not registered twice.
	 */
	public String registrationOptions(Authentication signedIn, CurrentOfficer me, HttpSession session) {
		if (users.findByUsername(me.username()) == null) {
			// named as the officer is greeted, which is what the authenticator shows when choosing a passkey
			users.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.id(Bytes.random())
				.name(me.username())
				.displayName(me.displayName())
				.build());
		}
		PublicKeyCredentialCreationOptions options = relyingParty
			.createPublicKeyCredentialCreationOptions(new ImmutablePublicKeyCredentialCreationOptionsRequest(signedIn));
		session.setAttribute(REGISTRATION, new PendingRegistration(options.getRp().getId(), options.getRp().getName(),
				options.getUser(), options.getChallenge()));
		return json.writeValueAsString(options);
	}

	/**
	 * Checks the authenticator's answer to the registration started in this session and stores the passkey.
	 * Empty when there was no registration under way, or the answer does not verify.
	 */
	public Optional<PasskeySummary> register(CurrentOfficer me, String body, HttpSession session,
			String clientAddress) {
		Object pending = session.getAttribute(REGISTRATION);
		session.removeAttribute(REGISTRATION);
		if (!(pending instanceof PendingRegistration registration)
				|| !registration.user().getName().equals(me.username())) {
			return refused(me, REGISTER, clientAddress);
		}
		try {
			JsonNode request = json.readTree(body).path("publicKey");
			RelyingPartyPublicKey key = json.treeToValue(request, RelyingPartyPublicKey.class);
			String label = label(key.getLabel());
			if (label == null) {
				return refused(me, REGISTER, clientAddress);
			}
			CredentialRecord record = transactions.execute(status -> {
				CredentialRecord registered = relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(
						registration.options(), new RelyingPartyPublicKey(key.getCredential(), label)));
				audit.officer(me, REGISTER, me.username() + " (" + label + ")", Outcome.SUCCESS, clientAddress);
				return registered;
			});
			return Optional.of(new PasskeySummary(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					record.getCreated(), record.getLastUsed()));
		}
		catch (RuntimeException ex) {
			log.debug("Passkey registration refused for {}", me.username(), ex);
			return refused(me, REGISTER, clientAddress);
		}
	}

	/** Removes one of the officer's own passkeys; false when the officer has no passkey of that id. */
	public boolean remove(CurrentOfficer me, String id, String clientAddress) {
		Optional<CredentialRecord> own = records(me.username()).stream()
			.filter(record -> record.getCredentialId().toBase64UrlString().equals(id))
			.findFirst();
		if (own.isEmpty()) {
			audit.officer(me, REMOVE, me.username(), Outcome.FAILURE, clientAddress);
			return false;
		}
		transactions.executeWithoutResult(status -> {
			credentials.delete(own.get().getCredentialId());
			audit.officer(me, REMOVE, me.username() + " (" + own.get().getLabel() + ")", Outcome.SUCCESS,
					clientAddress);
		});
		return true;
	}

	/**
	 * Starts a passkey second factor for a partial sign-in: the options for {@code navigator.credentials.get},
	 * as JSON, allowing only this officer's passkeys. Empty when the officer has none.
	 */
	Optional<String> signInOptions(Authentication pending, HttpSession session) {
		if (!any(pending.getName())) {
			return Optional.empty();
		}
		PublicKeyCredentialRequestOptions options = relyingParty
			.createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(pending));
		session.setAttribute(SIGN_IN, options);
		return Optional.of(json.writeValueAsString(options));
	}

	/**
	 * Whether the body is a valid assertion, by one of this officer's passkeys, of the challenge given to this
	 * session. The challenge is spent either way.
	 */
	boolean verify(String username, String body, HttpSession session) {
		Object options = session.getAttribute(SIGN_IN);
		session.removeAttribute(SIGN_IN);
		if (!(options instanceof PublicKeyCredentialRequestOptions requested)) {
			return false;
		}
		try {
			PublicKeyCredential<AuthenticatorAssertionResponse> assertion = json.readValue(body,
					new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {
					});
			// checked before verifying, so another officer's passkey is not even touched (its counter stays)
			PublicKeyCredentialUserEntity user = users.findByUsername(username);
			CredentialRecord record = credentials.findByCredentialId(assertion.getRawId());
			if (user == null || record == null || !record.getUserEntityUserId().equals(user.getId())) {
				return false;
			}
			PublicKeyCredentialUserEntity signer = relyingParty
				.authenticate(new RelyingPartyAuthenticationRequest(requested, assertion));
			return username.equals(signer.getName());
		}
		catch (RuntimeException ex) {
			log.debug("Passkey assertion refused for {}", username, ex);
			return false;
		}
	}

	private List<CredentialRecord> records(String username) {
		PublicKeyCredentialUserEntity user = users.findByUsername(username);
		return user == null ? List.of() : credentials.findByUserId(user.getId());
	}

	private Optional<PasskeySummary> refused(CurrentOfficer me, String action, String clientAddress) {
		audit.officer(me, action, me.username(), Outcome.FAILURE, clientAddress);
		return Optional.empty();
	}

	/** The label as typed, trimmed; null when blank or too long. */
	private static @Nullable String label(@Nullable String typed) {
		String label = typed == null ? "" : typed.strip();
		return label.isEmpty() || label.length() > LABEL_LENGTH ? null : label;
	}
}
