package org.polnet.identity.security;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Role;
import org.polnet.identity.officers.AnonymousRefusals;
import org.polnet.identity.officers.ClientAddress;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.signin.AwaitingSecondFactor;
import org.polnet.identity.signin.OidcSignIn;
import org.polnet.identity.signin.PasswordSignIn;
import org.polnet.identity.tokens.ApiTokenAuthenticator;
import org.springframework.http.HttpMethod;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Officers sign in with a password and then a second factor; until both are done the
 * session opens only the second-factor pages. Systems send an API token on every request (no session).
 * Pages redirect strangers to the sign-in page; the API answers them with a 401 problem.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String SECOND_FACTOR_PAGES = "/login/second-factor/**";

	/**
	 * System clients: every request carries its API token, so this chain keeps nothing between requests (no
	 * session, no saved request, no CSRF token: there is no cookie to forge a request with) and runs only the
	 * filters a token needs. It is also the path of FIND, where each filter is paid thousands of times a second.
	 */
	@Bean
	@Order(1)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain apiTokenFilterChain(HttpSecurity http, SecurityProblems problems,
			ApiTokenAuthenticator tokens, AnonymousRefusals refusals) throws Exception {
		http.securityMatcher(BearerTokenFilter::carriesBearer)
			// before the exception translation, so that a refusal is recorded against the token that was refused
			.addFilterBefore(new BearerTokenFilter(tokens, refusals), ExceptionTranslationFilter.class)
			.authorizeHttpRequests(SecurityConfiguration::rules)
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			// no session management or servlet API wrapper: each is a filter (and a wrapper) per call, and the
			// API's code reads the caller from the security context (CurrentOfficers)
			.sessionManagement(session -> session.disable())
			.servletApi(servletApi -> servletApi.disable())
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(SecurityConfiguration::strictTransport))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.apiEntryPoint())
				.accessDeniedHandler(problems.accessDeniedHandler()));
		return http.build();
	}

	@Bean
	@Order(2)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command line serves nobody
	SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordSignIn passwords, SecurityProblems problems,
			SecurityContextRepository contexts, RequestCache requestCache, OidcSignIn oidcSignIn)
			throws Exception {
		RequestMatcher api = SecurityProblems::isApi;
		http.authenticationManager(new ProviderManager(passwords))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(SecurityConfiguration::rules)
			.formLogin(form -> form.loginPage("/login")
				// on to the second factor, keeping the page asked for (it is where the officer lands after it)
				.successHandler(new SimpleUrlAuthenticationSuccessHandler("/login/second-factor"))
				.failureUrl("/login?error"))
			.logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/logout"))
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						problems.actor(authentication, IdentityAudit.SIGN_OUT, authentication.getName(),
								Outcome.SUCCESS, ClientAddress.of(request));
					}
				})
				.logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(problems.apiEntryPoint(), api)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.accessDeniedHandler(problems.accessDeniedHandler()))
			.requestCache(cache -> cache.requestCache(requestCache))
			// a request without a session has no cookie to forge it with: an anonymous API call is not a CSRF
			// failure (403, and a session to hold a token) but a 401 problem, and leaves nothing behind
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
					&& !(SecurityProblems.isApi(request) && request.getSession(false) == null)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity(SecurityConfiguration::strictTransport));
		// officers may also sign in with an external OpenID Connect provider, when one is configured
		oidcSignIn.applyTo(http, "/login");
		return http.build();
	}

	/**
	 * HSTS on every answer that reached the client over TLS: directly, or through a proxy that terminated TLS and says
	 * so ({@code X-Forwarded-Proto: https}). A browser ignores the header over plain HTTP, so a forged header gains
	 * nothing.
	 */
	private static void strictTransport(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
		hsts.requestMatcher(request -> request.isSecure()
				|| "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")))
			.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
			.includeSubDomains(true);
	}

	/** The same rules for officers and system clients: which paths need which role or token scope. */
	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		AuthorizationManager<RequestAuthorizationContext> signedIn = SecurityConfiguration::signedIn;
		AuthorizationManager<RequestAuthorizationContext> officer = SecurityConfiguration::officer;
		// FIND first, and here rather than on its controllers: thousands of checks a second pay for every rule
		// tried before theirs, and an annotation's expression costs more than the check itself
		requests.requestMatchers("/api/v1/find/documents/**")
			.access(officerOr(officer, ApiScope.FIND_DOCUMENTS))
			.requestMatchers("/api/v1/find/vehicles/**")
			.access(officerOr(officer, ApiScope.FIND_VEHICLES))
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
				"/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers(SECOND_FACTOR_PAGES, "/login/second-factor")
			.hasAuthority(AwaitingSecondFactor.AUTHORITY)
			.requestMatchers("/actuator/**")
			.hasAnyAuthority(Role.GS_ADMIN.authority(), Role.AUDITOR.authority(), "SCOPE_metrics:read")
			.requestMatchers("/api/v1/members/**", "/api/v1/offices/**")
			.access(officerOr(officer, ApiScope.MEMBERS_READ))
			// an officer's own account (password, passkeys): a system client has none
			.requestMatchers("/account/**", "/account")
			.access(officer)
			.requestMatchers("/admin/users/**", "/admin/users")
			.hasAnyAuthority(Role.NCB_ADMIN.authority(), Role.GS_ADMIN.authority())
			.anyRequest()
			.access(signedIn);
	}

	private static AuthorizationManager<RequestAuthorizationContext> officerOr(
			AuthorizationManager<RequestAuthorizationContext> officer, ApiScope scope) {
		return AuthorizationManagers.anyOf(officer, AuthorityAuthorizationManager.hasAuthority(scope.authority()));
	}

	/** Fully signed in: an officer past both factors, or a system client with a valid token. */
	private static AuthorizationDecision signedIn(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		return new AuthorizationDecision(current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken) && !AwaitingSecondFactor.is(current));
	}

	/** An officer (not a system client, whose access goes by its token's scopes) past both factors. */
	private static AuthorizationDecision officer(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		boolean signedIn = signedIn(authentication, context).isGranted();
		boolean system = signedIn && authentication.get()
			.getAuthorities()
			.stream()
			.anyMatch(authority -> Role.SYSTEM_CLIENT.authority().equals(authority.getAuthority()));
		return new AuthorizationDecision(signedIn && !system);
	}

	/**
	 * Remembers the page a stranger asked for, to go there once fully signed in. Only pages: an API call or an
	 * htmx fragment is no place to land.
	 */
	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && !SecurityProblems.isApi(request)
				&& request.getHeader("HX-Request") == null && !request.getRequestURI().endsWith("/favicon.ico"));
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * No observation (timer, trace span) around each security filter and authorization decision: at FIND's rates
	 * they cost more than the checks themselves (a quarter of the CPU of an authenticated API call), and the
	 * request's own metrics ({@code http.server.requests}) are kept (FIND counts its checks instead).
	 */
	@Bean
	StrictHttpFirewall httpFirewall() {
		// Spring Security's default firewall, with its character rules checked without regular expressions
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(FirewallCharacters::assignedAndNotControl);
		firewall.setAllowedHeaderValues(FirewallCharacters::assignedAndNotControlOrTab);
		firewall.setAllowedParameterNames(FirewallCharacters::assignedAndNotControl);
		return firewall;
	}

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Argon2id for every new hash; the prefix ({argon2}) lets a future algorithm take over hash by hash. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}
}
