package org.polnet.identity.secondfactor;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.officers.ClientAddress;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.officers.OfficeDirectory;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.signin.AwaitingSecondFactor;
import org.polnet.identity.signin.PasswordSignIn;
import org.polnet.identity.signin.SignedInOfficer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The second step of signing in, for a session whose password was verified: enrol an authenticator (first
 * sign-in, or after an administrator reset it) or type its current code. Success turns the partial sign-in into
 * a full one under a new session id.
 */
@Service
public class SecondFactorSignIn {

	/** What the officer behind a partial sign-in has to do next. */
	public enum Step {
		ENROL, ENTER_CODE, START_AGAIN
	}

	/** What the enrolment page shows: the secret as a QR code and as text to type. */
	public record Enrolment(String username, String secret, String qrCodeDataUri) {
	}

	private final Officers officers;

	private final SecretCipher cipher;

	private final PasswordSignIn passwords;

	private final OfficeDirectory offices;

	private final IdentityAudit audit;

	private final SecurityContextRepository contexts;

	private final TransactionTemplate transactions;

	private final Passkeys passkeys;

	private final Clock clock;

	SecondFactorSignIn(Officers officers, SecretCipher cipher, PasswordSignIn passwords, OfficeDirectory offices,
			IdentityAudit audit, SecurityContextRepository contexts, TransactionTemplate transactions,
			Passkeys passkeys, Clock clock) {
		this.passkeys = passkeys;
		this.officers = officers;
		this.cipher = cipher;
		this.passwords = passwords;
		this.offices = offices;
		this.audit = audit;
		this.contexts = contexts;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Step next(Authentication pending) {
		return usable(pending).map(officer -> officer.hasSecondFactor() ? Step.ENTER_CODE : Step.ENROL)
			.orElse(Step.START_AGAIN);
	}

	/** The secret to enrol: kept from an unfinished enrolment, else a new one. Empty unless enrolment is due. */
	public Optional<Enrolment> enrolment(Authentication pending) {
		return usable(pending).filter(officer -> !officer.hasSecondFactor()).map(officer -> {
			byte[] secret;
			if (officer.totpSecret() == null) {
				secret = Totp.newSecret();
				officers.startEnrolment(officer.id(), cipher.encrypt(secret));
			}
			else {
				secret = cipher.decrypt(officer.totpSecret());
			}
			return new Enrolment(officer.username(), Totp.base32(secret),
					QrCodes.svgDataUri(Totp.uri(officer.username(), secret)));
		});
	}

	/**
	 * Checks the code (confirming the enrolment if one is under way) and, when right, signs the officer in
	 * fully under a new session id. False when the code is wrong, reused or the account can no longer sign in.
	 */
	public boolean complete(Authentication pending, String code, HttpServletRequest request,
			HttpServletResponse response) {
		String address = ClientAddress.of(request);
		Optional<Officer> found = usable(pending);
		if (found.isEmpty() || found.get().totpSecret() == null) {
			return false;
		}
		Officer officer = found.get();
		boolean enrolling = !officer.totpConfirmed();
		byte[] secret = cipher.decrypt(officer.totpSecret());
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), officer.totpLastStep());
		boolean accepted = step.isPresent() && transactions.execute(status -> {
			if (!officers.useStep(officer.id(), step.getAsLong())) {
				return false;
			}
			CurrentOfficer current = officer.asCurrent(offices.name(officer.officeCode()));
			if (enrolling) {
				officers.confirmEnrolment(officer.id());
				audit.officer(current, "identity.second-factor.enrol", officer.username(), Outcome.SUCCESS, address);
			}
			officers.recordSignIn(officer.id(), clock.instant());
			audit.officer(current, IdentityAudit.SIGN_IN, officer.username(), Outcome.SUCCESS, address);
			return true;
		}) == Boolean.TRUE;
		if (!accepted) {
			passwords.recordFailure(officer, IdentityAudit.SECOND_FACTOR, address);
			return false;
		}
		signIn(officer, pending, request, response);
		return true;
	}

	/** Whether the officer may use a passkey instead of the code: enrolled, with at least one passkey. */
	public boolean passkeyOffered(Authentication pending) {
		return next(pending) == Step.ENTER_CODE && passkeys.any(pending.getName());
	}

	/** The options for the browser to ask the officer's passkey; empty when no passkey is on offer. */
	public Optional<String> passkeyOptions(Authentication pending, HttpServletRequest request) {
		return passkeyOffered(pending) ? passkeys.signInOptions(pending, request.getSession()) : Optional.empty();
	}

	/**
	 * Checks the passkey's answer and, when valid, signs the officer in fully exactly as a right code does. A
	 * wrong answer counts as a failed attempt towards the lockout.
	 */
	public boolean completeWithPasskey(Authentication pending, String assertion, HttpServletRequest request,
			HttpServletResponse response) {
		String address = ClientAddress.of(request);
		Optional<Officer> found = usable(pending).filter(Officer::hasSecondFactor);
		if (found.isEmpty()) {
			return false;
		}
		Officer officer = found.get();
		if (!passkeys.verify(officer.username(), assertion, request.getSession())) {
			passwords.recordFailure(officer, IdentityAudit.SECOND_FACTOR, address);
			return false;
		}
		transactions.executeWithoutResult(status -> {
			officers.recordSignIn(officer.id(), clock.instant());
			audit.officer(officer.asCurrent(offices.name(officer.officeCode())), IdentityAudit.SIGN_IN,
					officer.username(), Outcome.SUCCESS, address);
		});
		signIn(officer, pending, request, response);
		return true;
	}

	private void signIn(Officer officer, Authentication pending, HttpServletRequest request,
			HttpServletResponse response) {
		// a new session id once fully signed in: an id seen before this point is worth nothing afterwards
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new SignedInOfficer(officer.asCurrent(offices.name(officer.officeCode())),
				pending.getDetails()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	/** The officer behind a partial sign-in, if the account can still sign in. */
	private Optional<Officer> usable(Authentication pending) {
		if (!AwaitingSecondFactor.is(pending)) {
			return Optional.empty();
		}
		return officers.byUsername(pending.getName())
			.filter(Officer::enabled)
			.filter(officer -> !officer.lockedAt(clock.instant()));
	}
}
