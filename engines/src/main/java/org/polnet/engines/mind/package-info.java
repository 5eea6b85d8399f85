/**
 * MIND: signed, compact packages of stolen and lost document and vehicle entries for offline checks.
 *
 * <p>{@link org.polnet.engines.mind.MindPackageWriter} builds and signs a full package, {@link
 * org.polnet.engines.mind.MindPackage} verifies and reads one and answers membership questions,
 * {@link org.polnet.engines.mind.MindDelta} carries the changes from one version to the next, {@link
 * org.polnet.engines.mind.MindEntries} spells the canonical entry keys, {@link
 * org.polnet.engines.mind.MindPackageKey} is the keyed-hash secret of a package series and {@link
 * org.polnet.engines.mind.MindSigningKeys} handles the Ed25519 signing keys. The byte layout, the
 * false-positive rate and what the keyed hash does and does not protect are documented in
 * {@code docs/mind-format.md}. Only JDK cryptography is used (HMAC-SHA-256, Ed25519).
 */
package org.polnet.engines.mind;
