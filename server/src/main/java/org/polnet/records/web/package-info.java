/** The pages every police database shares: search, report, read after stating a purpose, amend, withdraw. */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package org.polnet.records.web;
