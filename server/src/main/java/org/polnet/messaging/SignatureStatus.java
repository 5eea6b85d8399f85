package org.polnet.messaging;

/** What the sending office's signature says of a message as stored. */
public enum SignatureStatus {
	/** Signed by the sending office, and unchanged since. */
	VALID,
	/** Changed after it was signed (in the database, outside Polnet), or its content no longer opens. */
	INVALID
}
