package org.polnet.mind;

import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.identity.CurrentOfficer;

/**
 * A database that puts entries in MIND packages: implemented by a bean of each database module (documents, vehicles),
 * so that this module depends on none of them.
 */
public interface MindSource {

	/**
	 * Adds the active entries the viewer may see (a possible hit reveals that a record exists, so nothing else goes
	 * in), e.g. with {@link MindPackageWriter#addDocument} or {@link MindPackageWriter#addVin}.
	 *
	 * @return how many entries were added
	 */
	int addVisibleEntries(CurrentOfficer viewer, MindPackageWriter writer);
}
