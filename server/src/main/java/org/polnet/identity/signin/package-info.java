/**
 * Signing in, internal to identity: the password (the first factor, with its lockout) and an external OpenID
 * Connect provider, and the authentications they give.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.signin;
