/**
 * System clients' API tokens, internal to identity: stored only hashed, checked on every request that carries one
 * (bearer filter) and cached for a few seconds.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.tokens;
