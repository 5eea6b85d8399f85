package org.polnet.identity;

/** How classified the information an officer may see can be, lowest first. */
public enum Clearance {
	FOR_OFFICIAL_USE_ONLY("INTERPOL FOR OFFICIAL USE ONLY"), RESTRICTED("INTERPOL RESTRICTED"),
	CONFIDENTIAL("INTERPOL CONFIDENTIAL");

	private final String marking;

	Clearance(String marking) {
		this.marking = marking;
	}

	/** The marking as printed on documents. */
	public String marking() {
		return marking;
	}

	public boolean covers(Clearance classification) {
		return compareTo(classification) >= 0;
	}
}
