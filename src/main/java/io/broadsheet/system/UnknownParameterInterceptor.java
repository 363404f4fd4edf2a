package io.broadsheet.system;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * Rejects query parameters an endpoint does not take, naming the closest one it does:
 * {@code /articles?autor=...} would otherwise silently list every article. Also rejects a
 * {@code @RequestParam} that takes one value given several times, which Spring would
 * silently bind to the first ({@code /dates?granularity=year&granularity=day}); the
 * components of parameter records are checked as they are bound
 * ({@link ParameterObjectResolver}). The names an endpoint takes are read from its
 * handler method (its {@code @RequestParam}s and the components of its parameter
 * records), so a parameter added to an endpoint is accepted with no list to keep up to
 * date.
 * <p>
 * Only the application's own JSON endpoints are checked: those of a
 * {@code @RestController} in one of the application's packages, not springdoc's or the
 * actuator's, nor HTML pages.
 */
class UnknownParameterInterceptor implements HandlerInterceptor {

	/** Suggestions further than this from what was sent would confuse more than help. */
	private static final int MAX_SUGGESTION_DISTANCE = 2;

	private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

	private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();

	private final List<String> applicationPackages;

	/**
	 * Per controller type, whether its handlers are checked: decided once, on its first
	 * request rather than on every one.
	 */
	private final ClassValue<Boolean> checked = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return isApplicationRestController(type);
		}

	};

	/**
	 * Per handler method, the query parameters it takes: read once, on its first request.
	 */
	private final Map<Method, KnownParameters> known = new ConcurrentHashMap<>();

	private final Set<String> everywhere;

	/**
	 * Checks the handlers of the given packages only.
	 * @param applicationPackages the packages whose REST controllers are checked
	 * @param everywhere parameters every endpoint takes though no handler declares them
	 * (the content negotiation parameter, {@code format})
	 */
	UnknownParameterInterceptor(List<String> applicationPackages, Set<String> everywhere) {
		this.applicationPackages = List.copyOf(applicationPackages);
		this.everywhere = Set.copyOf(everywhere);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An error dispatch (a 404 page, say) carries the failed request's parameters.
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)
				|| !this.checked.get(method.getBeanType())) {
			return true;
		}
		KnownParameters parameters = this.known.computeIfAbsent(method.getMethod(), (key) -> declaredBy(method));
		if (parameters.any()) {
			return true;
		}
		List<ParameterError> errors = new ArrayList<>();
		for (Map.Entry<String, String[]> sent : request.getParameterMap().entrySet()) {
			String name = sent.getKey();
			String value = (sent.getValue().length > 0) ? sent.getValue()[0] : null;
			if (!parameters.names().contains(name)) {
				errors.add(new ParameterError(name, value, unknownMessage(name, parameters.names())));
			}
			else if (sent.getValue().length > 1 && parameters.single().contains(name)) {
				errors.add(new ParameterError(name, value,
						"must be given once, not " + sent.getValue().length + " times"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidParameterException(errors);
		}
		return true;
	}

	private boolean isApplicationRestController(Class<?> type) {
		String packageName = type.getPackageName();
		return AnnotatedElementUtils.hasAnnotation(type, RestController.class) && this.applicationPackages.stream()
			.anyMatch((root) -> packageName.equals(root) || packageName.startsWith(root + "."));
	}

	static String unknownMessage(String name, Set<String> known) {
		if (known.isEmpty()) {
			return "is not a parameter of this endpoint, which takes none";
		}
		String sent = name.toLowerCase(Locale.ROOT);
		String closest = known.stream()
			.min(Comparator.comparingInt((String candidate) -> distance(sent, candidate))
				.thenComparing(Comparator.naturalOrder()))
			.orElseThrow();
		if (distance(sent, closest) <= MAX_SUGGESTION_DISTANCE) {
			return "is not a parameter of this endpoint; did you mean '" + closest + "'?";
		}
		return "is not a parameter of this endpoint; it takes " + String.join(", ", known);
	}

	private static int distance(String sent, String known) {
		return DISTANCE.apply(sent, known.toLowerCase(Locale.ROOT));
	}

	private KnownParameters declaredBy(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		Set<String> single = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(this.parameterNames);
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (Map.class.isAssignableFrom(type)) {
					return KnownParameters.ANY;
				}
				String name = StringUtils.hasText(requestParam.name()) ? requestParam.name()
						: parameter.getParameterName();
				if (name == null) {
					// Compiled without -parameters, or rewritten by an agent: better to
					// let every parameter through than to reject one the endpoint takes.
					return KnownParameters.ANY;
				}
				names.add(name);
				if (!isMultiValued(type)) {
					single.add(name);
				}
			}
			else if (isBoundFromElsewhere(parameter) || isFrameworkType(type)) {
				continue;
			}
			else if (BeanUtils.isSimpleProperty(type)) {
				if (parameter.getParameterName() == null) {
					return KnownParameters.ANY;
				}
				names.add(parameter.getParameterName());
				if (!isMultiValued(type)) {
					single.add(parameter.getParameterName());
				}
			}
			else {
				names.addAll(propertiesOf(type));
			}
		}
		names.addAll(this.everywhere);
		return new KnownParameters(false, names, single);
	}

	private static boolean isMultiValued(Class<?> type) {
		return type.isArray() || Collection.class.isAssignableFrom(type);
	}

	// What Spring binds query parameters to in a parameter object: a record's components,
	// or the writable properties of a bean.
	private static Collection<String> propertiesOf(Class<?> type) {
		List<String> names = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (var property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

	// @PathVariable, @RequestHeader, @RequestBody and the like; not @ModelAttribute, and
	// not springdoc's @ParameterObject, which bind query parameters.
	private static boolean isBoundFromElsewhere(MethodParameter parameter) {
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			Class<? extends Annotation> type = annotation.annotationType();
			if (type.getPackageName().equals(RequestParam.class.getPackageName()) && type != ModelAttribute.class) {
				return true;
			}
		}
		return false;
	}

	private static boolean isFrameworkType(Class<?> type) {
		String name = type.getName();
		return name.startsWith("jakarta.servlet.") || name.startsWith("org.springframework.")
				|| name.startsWith("java.security.") || name.startsWith("java.io.");
	}

	/**
	 * The query parameters one handler method takes.
	 *
	 * @param any whether it takes every parameter (a {@code @RequestParam Map})
	 * @param names the names it takes
	 * @param single the names among them that take one value
	 */
	private record KnownParameters(boolean any, Set<String> names, Set<String> single) {

		static final KnownParameters ANY = new KnownParameters(true, Set.of(), Set.of());

	}

}
