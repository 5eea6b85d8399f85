/** The hits pages, their live stream (server-sent events) and the hits API. */
@org.jspecify.annotations.NullMarked
package org.polnet.hits.web;
