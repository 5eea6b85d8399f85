package org.polnet.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.context.annotation.Configuration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The language comes from {@code ?lang=}, is kept in a cookie, and otherwise follows the browser; every page gets
 * what the layout needs ({@link LayoutAttributes}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private static final String FIND_PATHS = "/api/v1/find/";

	private final LayoutAttributes layout;

	WebConfiguration(LayoutAttributes layout) {
		this.layout = layout;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("POLNET_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocale(Language.ENGLISH.locale());
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	/**
	 * No HTTP server observation for FIND's checks: its timers and tags were a tenth of a check's CPU at thousands of
	 * checks a second (docs/benchmarks.md). The checks and their matches are counted instead
	 * ({@code polnet.checks.recorded}, {@code polnet.checks.matched}).
	 */
	@Bean
	ObservationPredicate noObservationOfFindRequests() {
		return (name, context) -> !(context instanceof ServerRequestObservationContext request
				&& request.getCarrier().getRequestURI().startsWith(FIND_PATHS));
	}

	/**
	 * Replaces Spring Boot's registration of the filter that gives pages their versioned resource URLs (the webjars
	 * of htmx): API calls skip it, as its wrappers sat under every request attribute read of each call.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new PageResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	private static final class PageResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request instanceof HttpServletRequest http && http.getRequestURI().startsWith("/api/")) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, chain);
		}
	}

	/**
	 * The actuator's endpoints (health, metrics) are looked up after the application's own controllers instead of
	 * before them (Spring Boot's order -100): every API call was first looked up, and missed, among the actuator's
	 * endpoints, a twentieth of a FIND check's CPU. No controller of the application maps {@code /actuator/**}.
	 */
	@Bean
	static BeanPostProcessor actuatorEndpointsAfterControllers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractWebMvcEndpointHandlerMapping actuator) {
					actuator.setOrder(1);
				}
				return bean;
			}
		};
	}

	/** Problem details from the error path, in place of Spring Boot's error attributes. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command line serves nobody
	ProblemErrorController problemErrorController(ObjectProvider<ErrorAttributes> attributes,
			ObjectProvider<ErrorViewResolver> resolvers, JsonMapper json) {
		// Spring Boot's own error attributes where its error handling is configured; the default ones otherwise
		return new ProblemErrorController(attributes.getIfAvailable(DefaultErrorAttributes::new),
				resolvers.orderedStream().toList(), json);
	}

	/** After Spring MVC's own resolvers, so that the API's problem details ({@link ApiProblems}) come first. */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.addFirst(WebConfiguration::multipartFailureForTheErrorPath);
		resolvers.add(new Refusals());
	}

	/**
	 * An API upload over the multipart limit is answered here with a 413 problem: the error path cannot answer it, as
	 * it would parse the same body again and fail with an empty answer. Pages keep Spring MVC's own answer.
	 */
	private static @Nullable ModelAndView multipartFailureForTheErrorPath(HttpServletRequest request,
			HttpServletResponse response, @Nullable Object handler, Exception failure) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(failure instanceof MaxUploadSizeExceededException) || !path.startsWith("/api/")) {
			return null;
		}
		try {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getWriter().write("""
					{"type":"urn:polnet:problem:body-too-large","title":"Request body too large","status":413,\
					"detail":"The upload is larger than this address accepts."}""");
			return new ModelAndView();
		}
		catch (IOException gone) {
			return new ModelAndView();
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(layout);
	}
}
