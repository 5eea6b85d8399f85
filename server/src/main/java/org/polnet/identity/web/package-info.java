/**
 * Pages of the identity module: administration of API tokens.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.web;
