/**
 * Administration, internal to identity: officers' accounts and API tokens managed by an office's administrators,
 * and the demo officers and tokens.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.administration;
