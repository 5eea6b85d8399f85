/**
 * MIND: signed, compact packages of the police databases' entries (SLTD documents, SMV vehicles) for devices without
 * network, with deltas between versions. The databases contribute their entries through
 * {@link org.polnet.mind.MindSource}; this module knows none of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "identity" })
@org.jspecify.annotations.NullMarked
package org.polnet.mind;
