package org.polnet.identity.administration;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.ApiScope;

/**
 * What an administrator asks for when creating an API token.
 *
 * @param officeCode the owner office; null means the administrator's own office (the only choice of an NCB
 *                   administrator)
 * @param expiresOn  the token stops working at 00:00 UTC on this day: after today, at most a year ahead
 */
public record NewApiToken(String name, @Nullable String officeCode, Set<ApiScope> scopes, LocalDate expiresOn) {
}
