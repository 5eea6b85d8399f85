/**
 * Hits: a check or search by one office that matched another office's record. Other modules publish
 * {@link org.polnet.hits.RecordMatched}; this module raises a {@link org.polnet.hits.Hit}, tells the owner office at
 * once, lets both sides confirm or reject it, and publishes {@link org.polnet.hits.HitRaised},
 * {@link org.polnet.hits.HitConfirmed} and {@link org.polnet.hits.HitRejected}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "database", "identity" })
@org.jspecify.annotations.NullMarked
package org.polnet.hits;
