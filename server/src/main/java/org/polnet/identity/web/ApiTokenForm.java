package org.polnet.identity.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.ApiScope;
import org.polnet.identity.administration.NewApiToken;
import org.springframework.format.annotation.DateTimeFormat;

/** The create form as submitted; the rules live in ApiTokenAdministration. */
class ApiTokenForm {

	private String name = "";

	private @Nullable String officeCode;

	private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate expiresOn;

	NewApiToken toRequest(LocalDate expiresOn) {
		return new NewApiToken(name, officeCode, scopes, expiresOn);
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public @Nullable String getOfficeCode() {
		return officeCode;
	}

	public void setOfficeCode(@Nullable String officeCode) {
		this.officeCode = officeCode;
	}

	public Set<ApiScope> getScopes() {
		return scopes;
	}

	public void setScopes(@Nullable Set<ApiScope> scopes) {
		this.scopes = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
	}

	public @Nullable LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(@Nullable LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}
}
