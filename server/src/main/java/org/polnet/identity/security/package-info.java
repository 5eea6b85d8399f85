/**
 * Who may reach what, internal to identity: the filter chains for pages and for API tokens, and how a refusal is
 * answered and recorded.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.security;
