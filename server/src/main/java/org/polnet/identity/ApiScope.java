package org.polnet.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a system client's API token allows. Spring Security sees each as {@code SCOPE_<code>}, so API
 * controllers guard themselves with e.g. {@code @PreAuthorize("hasAuthority('SCOPE_find:documents')")}.
 * The one list of scopes: add a scope here and to the {@code tokens} message bundle.
 */
public enum ApiScope {

	FIND_DOCUMENTS("find:documents", "Check travel documents against the SLTD database (FIND).", false),
	FIND_VEHICLES("find:vehicles", "Check vehicles against the SMV database (FIND).", false),
	MIND_DOWNLOAD("mind:download",
			"Download the signed MIND package (offline checks) of the SLTD and SMV entries the token's office may see.", false),
	MEMBERS_READ("members:read", "Read member countries and offices.", false),
	METRICS_READ("metrics:read", "Read operational metrics.", true),
	AUDIT_READ("audit:read", "Read and verify the whole audit trail.", true),
	ARTWORKS_READ("artworks:read", "Search and read the stolen works of art (WoA) the token's office may see.", false),
	HITS_READ("hits:read", "Read the hits of the token's own office, as owner of the record or as checker.", false),
	IMPORTS_WRITE("imports:write",
			"Upload bulk files (CSV or JSON Lines) of the token's own office into a database, and follow their import jobs.",
			false),
	MESSAGES_SEND("messages:send",
			"Send messages from the token's own office to other offices, and acknowledge the messages it receives.", false),
	MESSAGES_READ("messages:read",
			"Read the messages of the token's own office within the token's clearance, and follow new ones live.", false),
	NAMES_COMPARE("names:compare",
			"Compare two person descriptions with the names engine: score, decision and explanation (reads no police data).",
			false),
	USERS_MANAGE("users:manage",
			"Manage the officers' accounts of the token's own office, as its NCB administrator would (users API).",
			false);

	private final String code;

	private final String description;

	private final boolean generalSecretariatOnly;

	ApiScope(String code, String description, boolean generalSecretariatOnly) {
		this.code = code;
		this.description = description;
		this.generalSecretariatOnly = generalSecretariatOnly;
	}

	/**
	 * Whether only a GS administrator may grant it: scopes over the whole platform (its metrics, everybody's
	 * audit trail), which no NCB's own officers can reach either.
	 */
	public boolean generalSecretariatOnly() {
		return generalSecretariatOnly;
	}

	/** The scope as written in API documentation and authorities: {@code find:documents}. */
	public String code() {
		return code;
	}

	/** What the scope allows, in English (pages use the translated {@code tokens.scope.<NAME>} message). */
	public String description() {
		return description;
	}

	public String authority() {
		return "SCOPE_" + code;
	}

	public static Optional<ApiScope> ofCode(String code) {
		return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
	}
}
