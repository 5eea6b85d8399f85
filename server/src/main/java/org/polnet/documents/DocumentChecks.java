package org.polnet.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.FindChecks;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Service;

/**
 * FIND for documents: checks documents against SLTD through FIND's one pipeline ({@link FindChecks}, with SLTD's
 * key, in-memory index and matches from {@link DocumentFind}) and answers each as a {@link DocumentFindAnswer}.
 */
@Service
public class DocumentChecks {

	private final FindChecks find;

	private final DocumentFind sltd;

	DocumentChecks(FindChecks find, DocumentFind sltd) {
		this.find = find;
		this.sltd = sltd;
	}

	/**
	 * Checks up to {@link FindChecks#BATCH_MAX} documents and returns once every check is durably audited and every
	 * match of another office's record is on its way to the owner.
	 *
	 * @param place   where the check happens (a border post), when the caller says
	 * @param purpose why; {@link FindChecks#DEFAULT_PURPOSE} when blank
	 */
	public List<DocumentFindAnswer> check(CurrentOfficer checker, List<@Nullable DocumentFindItem> items, @Nullable String place,
			@Nullable String purpose, @Nullable String clientAddress) {
		return find.check(sltd, checker, items, place, purpose, clientAddress).stream().map(DocumentFindAnswer::of).toList();
	}
}
