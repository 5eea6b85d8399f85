/**
 * How many checks each caller (officer or API token) may make through FIND: the one part of identity that the FIND
 * APIs of other modules use besides the module's base package.
 */
@org.springframework.modulith.NamedInterface("ratelimit")
@org.jspecify.annotations.NullMarked
package org.polnet.identity.ratelimit;
