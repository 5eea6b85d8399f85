/**
 * The officers' register, internal to identity: accounts as stored, their offices, sessions and password policy,
 * and identity's words for the audit trail.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.officers;
