package org.polnet.identity.tokens;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.polnet.identity.ApiScope;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Describes API tokens in the API documentation, with the list of scopes, so that an endpoint needs only
 * {@code @SecurityRequirement(name = "apiToken")}.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenOpenApi {

	static final String SCHEME = "apiToken";

	@Bean
	OpenApiCustomizer apiTokenSecurityScheme() {
		String scopes = Arrays.stream(ApiScope.values())
			.map(scope -> "- `" + scope.code() + "`: " + scope.description())
			.collect(Collectors.joining("\n"));
		return openApi -> {
			if (openApi.getComponents() == null) {
				openApi.components(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("pnt_<43 characters>")
					.description("""
							An API token created by your office's administrator (page "API tokens"), sent as \
							`Authorization: Bearer pnt_…`. A token belongs to one office, expires, and allows only \
							its scopes:
							""" + scopes));
		};
	}
}
