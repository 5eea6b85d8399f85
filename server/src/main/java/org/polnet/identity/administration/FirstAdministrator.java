package org.polnet.identity.administration;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.Clearance;
import org.polnet.identity.Role;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.officers.Officers;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first GS administrator of an empty production database, created from the server's console: nobody can sign
 * in to create them. Only while no GS administrator exists; from then on administrators create everybody else. The
 * password is made up here and shown once; the second factor is enrolled at the first sign-in, as for anybody.
 * Both the creation and a refusal are written to the audit trail with the operating-system account that asked.
 */
@Service
public class FirstAdministrator {

	static final String ACTION = "identity.setup.first-admin";

	private final Officers officers;

	private final PasswordEncoder encoder;

	private final IdentityAudit audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FirstAdministrator(Officers officers, PasswordEncoder encoder, IdentityAudit audit, TransactionTemplate transactions,
			Clock clock) {
		this.officers = officers;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Creates the GS administrator {@code username} and answers their one password, to be shown once.
	 *
	 * @throws ConflictException     when a GS administrator (or an officer of that name) exists already
	 * @throws InvalidInputException when the username is not a valid one
	 */
	public String create(String username, String displayName, String operatingSystemUser) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9][a-z0-9._-]{2,39}")) {
			throw new InvalidInputException("A username is 3 to 40 letters, digits, dots, dashes or underscores");
		}
		String password = GeneratedPasswords.next();
		String hash = encoder.encode(password);
		boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
			// two consoles at once must not both find "no administrator yet"
			officers.lockForCreation();
			if (officers.anyWithRole(Role.GS_ADMIN) || officers.byUsername(name).isPresent()) {
				return false;
			}
			officers.create(name, displayName.isBlank() ? name : displayName.strip(), "GS",
					EnumSet.of(Role.GS_ADMIN), Clearance.CONFIDENTIAL, hash, clock.instant());
			audit.console(operatingSystemUser, ACTION, name, Outcome.SUCCESS);
			return true;
		}));
		if (!created) {
			audit.console(operatingSystemUser, ACTION, name, Outcome.DENIED);
			throw new ConflictException("A GS administrator exists already: they create the other administrators. "
					+ "Nothing was changed; the attempt has been recorded.");
		}
		return password;
	}
}
