package org.polnet.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.polnet.engines.mrz.MrzDate;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzFormat;
import org.polnet.engines.mrz.MrzSex;
import org.polnet.engines.mrz.MrzWriter;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Fictional documents, their MRZs, and the border systems that check them. */
public final class TestDocuments {

	private TestDocuments() {
	}

	/** A fresh fictional passport number, unique enough for one test run: "TQ" and 7 digits. */
	public static String newNumber() {
		return "TQ" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
	}

	/** The two-line MRZ of a passport of this issuing state with this number. */
	public static String passportMrz(String issuingState, String number) {
		MrzDocument document = new MrzDocument("P", issuingState, number,
				MrzDate.of(LocalDate.of(1985, 3, 14)), MrzSex.FEMALE, MrzDate.of(LocalDate.of(2031, 6, 30)),
				issuingState, "", "", "SPECIMEN", "TEST");
		return MrzWriter.writeText(MrzFormat.TD3, document);
	}

	/** The MRZ with the check digit of the document number (line 2, position 10) made wrong. */
	public static String withWrongCheckDigit(String mrz) {
		List<String> lines = new ArrayList<>(List.of(mrz.split("\n")));
		char[] line = lines.get(1).toCharArray();
		line[9] = line[9] == '0' ? '1' : '0';
		lines.set(1, new String(line));
		return String.join("\n", lines);
	}

	/** A system client of the office whose token carries these scopes, as the bearer filter authenticates it. */
	public static Authentication system(String name, String office, String... scopes) {
		CurrentOfficer client = new CurrentOfficer(name, "Test system", office, "Office " + office,
				Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.SYSTEM_CLIENT.authority()));
		for (String scope : scopes) {
			authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
		}
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}
}
