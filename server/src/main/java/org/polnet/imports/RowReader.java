package org.polnet.imports;

import java.io.Closeable;
import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** Reads an uploaded file record by record, never holding more than one record in memory. */
interface RowReader extends Closeable {

	/** The next record, or null at the end of the file. */
	@Nullable SourceRow next() throws IOException;
}
