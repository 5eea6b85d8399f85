/** The sign-in, second-factor, account, user administration and API token pages of the identity module. */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.web;
