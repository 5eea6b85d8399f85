package org.polnet.find;

import org.polnet.access.RecordAccess;

/**
 * A record a check found, as FIND needs it: who may see it, and what tells its owner of the match.
 *
 * @param reference the record's reference in its database ({@code SLTD-42})
 * @param summary   what both sides may see of the record, e.g. "Passport FRA 12AB34567, stolen"
 * @param link      the record's page path
 */
public record FoundRecord(String reference, RecordAccess access, String summary, String link) {
}
