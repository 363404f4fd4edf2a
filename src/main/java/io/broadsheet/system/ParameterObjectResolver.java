package io.broadsheet.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.broadsheet.system.InvalidParameterException.ParameterError;

/**
 * Binds a record parameter marked {@code @ParameterObject} (the mark springdoc documents
 * as "these are query parameters") from the query string: each component from the
 * parameter of its name, converted by the MVC conversion service (so a component's
 * {@code @DateTimeFormat} applies, and a single value of a list is split at commas as
 * Spring does), and checked by Bean Validation when the parameter is {@code @Valid}.
 * <p>
 * Spring's own binding of such a record (the data binder's constructor binding) gives the
 * same values, but it looks at the record's constructor, its parameters' annotations and
 * their nullness again on every request: profiled, that was 15 % of the CPU of a
 * {@code /articles} request. Here what a record type needs is read once. Two answers
 * differ, on purpose: every failure of a record is reported together (Spring's binding
 * stopped at a value that did not convert and left the out-of-range ones unsaid), and a
 * parameter that takes one value but is given several is a 400 (Spring kept the first
 * number silently, or joined texts with commas).
 */
final class ParameterObjectResolver implements HandlerMethodArgumentResolver {

	private static final TypeDescriptor ONE_VALUE = TypeDescriptor.valueOf(String.class);

	private static final TypeDescriptor VALUES = TypeDescriptor.valueOf(String[].class);

	private final Supplier<ConversionService> conversions;

	private final Supplier<Validator> validator;

	private final Map<Class<?>, RecordShape> shapes = new ConcurrentHashMap<>();

	/**
	 * Creates the resolver; both services are asked for on first use, as they are made by
	 * the same MVC configuration that asks for argument resolvers.
	 * @param conversions the MVC conversion service
	 * @param validator the Bean Validation validator
	 */
	ParameterObjectResolver(Supplier<ConversionService> conversions, Supplier<Validator> validator) {
		this.conversions = conversions;
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().isRecord() && parameter.hasParameterAnnotation(ParameterObject.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		RecordShape shape = this.shapes.computeIfAbsent(parameter.getParameterType(), RecordShape::of);
		ConversionService conversionService = this.conversions.get();
		Object[] values = new Object[shape.components().size()];
		List<ParameterError> errors = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			Component component = shape.components().get(i);
			String[] sent = webRequest.getParameterValues(component.name());
			// A blank number or date is no value, as an empty one is to the conversion.
			if (sent == null || (sent.length == 1 && !component.text() && sent[0].isBlank())) {
				continue;
			}
			if (sent.length > 1 && !component.repeatable()) {
				errors.add(new ParameterError(component.name(), sent[0],
						"must be given once, not " + sent.length + " times"));
				continue;
			}
			if (sent.length == 1 && component.type().getType() == String.class) {
				// As sent: what converting it would give, without a converter lookup.
				values[i] = sent[0];
				continue;
			}
			try {
				values[i] = (sent.length == 1) ? conversionService.convert(sent[0], ONE_VALUE, component.type())
						: conversionService.convert(sent, VALUES, component.type());
			}
			catch (ConversionException ex) {
				errors.add(new ParameterError(component.name(), (sent.length == 1) ? sent[0] : List.of(sent),
						InvalidParameterException.conversionMessage(component.type().getType(), ex)));
			}
		}
		Object bound = shape.create(values);
		if (isValidated(parameter)) {
			for (ConstraintViolation<Object> violation : this.validator.get().validate(bound)) {
				// A record's constraint sits on a component: the path's first node names
				// it.
				String name = violation.getPropertyPath().iterator().next().getName();
				errors.add(new ParameterError(name, violation.getInvalidValue(), violation.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			// In the record's order, whatever order the validator found them in.
			errors.sort(Comparator.comparingInt((ParameterError error) -> shape.indexOf(error.parameter())));
			throw new InvalidParameterException(errors);
		}
		return bound;
	}

	private static boolean isValidated(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Valid.class) || parameter.hasParameterAnnotation(Validated.class);
	}

	/**
	 * What binding a record type needs, read once.
	 *
	 * @param constructor the canonical constructor
	 * @param components the components, in declaration order
	 */
	private record RecordShape(Constructor<?> constructor, List<Component> components) {

		static RecordShape of(Class<?> type) {
			RecordComponent[] declared = type.getRecordComponents();
			Class<?>[] types = new Class<?>[declared.length];
			List<Component> components = new ArrayList<>();
			for (int i = 0; i < declared.length; i++) {
				types[i] = declared[i].getType();
				if (types[i].isPrimitive()) {
					throw new IllegalStateException(
							type.getName() + "." + declared[i].getName() + " must be a boxed type: it may be missing");
				}
				components.add(Component.of(type, declared[i]));
			}
			try {
				return new RecordShape(type.getDeclaredConstructor(types), List.copyOf(components));
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("A record has its canonical constructor: " + type.getName(), ex);
			}
		}

		Object create(Object[] values) {
			try {
				return this.constructor.newInstance(values);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw new IllegalStateException("Cannot create " + this.constructor.getDeclaringClass(), ex);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot create " + this.constructor.getDeclaringClass(), ex);
			}
		}

		int indexOf(String name) {
			for (int i = 0; i < this.components.size(); i++) {
				if (this.components.get(i).name().equals(name)) {
					return i;
				}
			}
			return this.components.size();
		}

	}

	/**
	 * One component: the query parameter it is bound from.
	 *
	 * @param name the parameter's name
	 * @param type the component's type with the annotations of its field
	 * ({@code @DateTimeFormat})
	 * @param repeatable whether the parameter may be given several times (a collection)
	 */
	private record Component(String name, TypeDescriptor type, boolean repeatable) {

		/** Whether the value is kept as text, blank or not. */
		boolean text() {
			return this.type.getType() == String.class || this.repeatable;
		}

		static Component of(Class<?> owner, RecordComponent component) {
			try {
				TypeDescriptor type = new TypeDescriptor(owner.getDeclaredField(component.getName()));
				return new Component(component.getName(), type,
						Collection.class.isAssignableFrom(component.getType()) || component.getType().isArray());
			}
			catch (NoSuchFieldException ex) {
				throw new IllegalStateException("A record has a field per component: " + component, ex);
			}
		}

	}

}
