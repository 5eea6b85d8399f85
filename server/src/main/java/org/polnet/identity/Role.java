package org.polnet.identity;

/** What an officer or a system may do. Spring Security sees each as {@code ROLE_<name>}. */
public enum Role {
	/** Works on cases in an NCB. */
	NCB_OFFICER,
	/** Supervises an NCB's officers and approves their requests. */
	NCB_SUPERVISOR,
	/** Manages the users and API tokens of its own office only. */
	NCB_ADMIN,
	/** Works at the General Secretariat. */
	GS_OFFICER,
	/** Reviews notice requests against Articles 2 and 3 of the Constitution. */
	GS_REVIEWER,
	/** Manages users and tokens of every office. */
	GS_ADMIN,
	/** Reads and verifies the audit trail. */
	AUDITOR,
	/** A system (border system, national database) acting with an API token. */
	SYSTEM_CLIENT;

	public String authority() {
		return "ROLE_" + name();
	}
}
