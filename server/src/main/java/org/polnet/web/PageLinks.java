package org.polnet.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links to another page of the current list, keeping every search field of the request: what the shared pager
 * fragment ({@code fragments/pager.html}) calls as {@code pageLinks.link(n)} (a model attribute on every page).
 */
@Component
public class PageLinks {

	/** The current request's path and query, with {@code page} set to the given (0-based) page. */
	public String link(int page) {
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.build(true);
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}
}
