package org.polnet.identity.administration;

import org.polnet.identity.tokens.ApiToken;

/**
 * A token just created, with its secret: show the secret once, then forget it (it is stored only hashed).
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + token.name() + ", " + token.prefix() + "…]";
	}
}
