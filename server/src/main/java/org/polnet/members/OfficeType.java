package org.polnet.members;

import java.util.Locale;

/** What kind of office an office is. */
public enum OfficeType {
	/** The organisation's headquarters. */
	GENERAL_SECRETARIAT,
	/** Supports the NCBs of the members of a region. */
	REGIONAL_BUREAU,
	LIAISON_OFFICE,
	/** Represents the organisation to another international organisation. */
	REPRESENTATION_OFFICE,
	INNOVATION_CENTRE,
	/** A member country's National Central Bureau, its single point of contact. Listed last: there are many. */
	NATIONAL_CENTRAL_BUREAU;

	/** The key of the type's name in the members message bundle. */
	public String messageKey() {
		return "members.officeType." + name().toLowerCase(Locale.ROOT);
	}
}
