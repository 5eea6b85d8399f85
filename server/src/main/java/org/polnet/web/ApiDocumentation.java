package org.polnet.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** What the API description (and its viewer at /api/v1/docs) says about the API as a whole. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Polnet API", version = "v1",
		description = "Police cooperation between National Central Bureaus and the General Secretariat. "
				+ "Errors are RFC 9457 problem details (application/problem+json)."))
class ApiDocumentation {

}
