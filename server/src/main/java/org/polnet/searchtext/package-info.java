/**
 * How search text is folded so that what an officer types finds what the data writes, in every module that searches
 * text: the member countries' names, the works of art. Owns no tables and depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.polnet.searchtext;
