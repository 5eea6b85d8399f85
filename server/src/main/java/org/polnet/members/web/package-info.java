/** Pages and API of member countries and offices. */
@org.jspecify.annotations.NullMarked
package org.polnet.members.web;
