package io.broadsheet.system;

import java.lang.annotation.ElementType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * How every request is taken in: CORS (the API is public and read-only, so any origin may
 * read it from a browser, and see the paging and caching headers), a trailing slash
 * ignored, and unknown query parameters and requests before the first sync turned away
 * before any other interceptor or handler runs.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<String> applicationPackages;

	private final CorpusLoadingGate corpusLoadingGate;

	private final Set<String> negotiationParameters;

	private final Map<String, MediaType> formats;

	private final ObjectProvider<ConversionService> conversionService;

	private final ObjectProvider<Validator> validator;

	WebConfiguration(BeanFactory beanFactory, CorpusLoadingGate corpusLoadingGate, WebMvcProperties mvc,
			@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversionService,
			ObjectProvider<Validator> validator) {
		this.applicationPackages = AutoConfigurationPackages.get(beanFactory);
		this.corpusLoadingGate = corpusLoadingGate;
		this.conversionService = conversionService;
		this.validator = validator;
		WebMvcProperties.Contentnegotiation negotiation = mvc.getContentnegotiation();
		this.negotiationParameters = negotiation.isFavorParameter()
				? Set.of((negotiation.getParameterName() != null) ? negotiation.getParameterName() : "format")
				: Set.of();
		this.formats = new LinkedHashMap<>();
		this.formats.put("json", MediaType.APPLICATION_JSON);
		this.formats.putAll(negotiation.getMediaTypes());
	}

	/**
	 * The API answers JSON, and {@code /articles} also the formats configured under
	 * {@code spring.mvc.contentnegotiation.media-types} (CSV, NDJSON, Atom). Spring's
	 * defaults, derived from the classpath, would also name {@code xml}, {@code rss} and
	 * {@code yaml}, which no endpoint serves, in the list of formats a client is given.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.replaceMediaTypes(this.formats);
	}

	/**
	 * No YAML: its converter is on the classpath for the OpenAPI document (which is
	 * written as text, not through it), and wrote the API's dates as arrays of numbers,
	 * with a Jackson 2 mapper configured like none of the JSON.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters
			.removeIf((converter) -> converter.getSupportedMediaTypes().contains(MediaType.APPLICATION_YAML)));
	}

	/**
	 * The methods every path of this read-only service takes, in the {@code Allow} of
	 * answers that no handler's mapping gives (a preflight, Tomcat's refusal of TRACE).
	 */
	static final List<String> SERVED_METHODS = List.of("GET", "HEAD", "OPTIONS");

	/** {@link #SERVED_METHODS} as an {@code Allow} header. */
	static final String ALLOW = String.join(",", SERVED_METHODS);

	/**
	 * What other origins may do: read, from anywhere. One place for the handlers' mapping
	 * and for the filter that answers a malformed request before any handler is chosen.
	 */
	static final CorsConfiguration CORS = cors();

	private static CorsConfiguration cors() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(List.of("*"));
		cors.setAllowedMethods(SERVED_METHODS);
		cors.setAllowedHeaders(List.of("*"));
		cors.setExposedHeaders(
				List.of("Link", PaginationHeadersAdvice.TOTAL_COUNT, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED));
		cors.setMaxAge(3600L);
		return cors;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**")
			.allowedOrigins(CORS.getAllowedOrigins().toArray(String[]::new))
			.allowedMethods(CORS.getAllowedMethods().toArray(String[]::new))
			.allowedHeaders(CORS.getAllowedHeaders().toArray(String[]::new))
			.exposedHeaders(CORS.getExposedHeaders().toArray(String[]::new))
			.maxAge(CORS.getMaxAge());
	}

	// Query records (ArticleQuery, PageQuery) are bound by our resolver, not by Spring's
	// data binder; custom resolvers come before Spring's catch-all ones.
	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ParameterObjectResolver(this.conversionService::getObject, this.validator::getObject));
	}

	// A malformed request is a 400 whatever the state of the corpus, and neither it nor a
	// 503 may be answered from a validator (304) first: these two run before the others.
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new UnknownParameterInterceptor(this.applicationPackages, this.negotiationParameters))
			.order(Ordered.HIGHEST_PRECEDENCE);
		registry.addInterceptor(this.corpusLoadingGate).order(Ordered.HIGHEST_PRECEDENCE + 1);
	}

	/**
	 * A refused cross-origin request is a problem document, in every handler mapping
	 * (controllers, static resources, the actuator).
	 * @return the post-processor that sets the CORS processor
	 */
	@Bean
	static BeanPostProcessor problemCorsRefusals() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor());
				}
				return bean;
			}

		};
	}

	/**
	 * {@code /articles/} is answered as {@code /articles}: Spring Framework 6 stopped
	 * matching a trailing slash, and a person typing a URL adds one often. The request is
	 * handled as if sent without it, so that {@code Link} headers name the canonical URL.
	 */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/**").wrapRequest().build());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * Bean Validation here checks request records (the paging of a list), never entities:
	 * every property may be read. The default, once JPA is present, asks the persistence
	 * provider for each property of each validated object whether it is loaded, and in
	 * the profile of the mixed long-tail load that was the largest single source of
	 * garbage per request (14 % of the bytes allocated). Hibernate ORM validates entities
	 * with a validator and resolver of its own, so they keep the JPA rule.
	 */
	@Bean
	ValidationConfigurationCustomizer everyPropertyReachable() {
		return (configuration) -> configuration.traversableResolver(new EveryPropertyReachable());
	}

	/** A traversable resolver for objects that are not entities. */
	private static final class EveryPropertyReachable implements TraversableResolver {

		@Override
		public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
				Path pathToTraversableObject, ElementType elementType) {
			return true;
		}

		@Override
		public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
				Path pathToTraversableObject, ElementType elementType) {
			return true;
		}

	}

}
