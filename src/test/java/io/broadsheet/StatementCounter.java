package io.broadsheet;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements made on the application's connections for a request or a
 * call: Hibernate and plain JDBC alike, which Hibernate's own statistics cannot. Import
 * it into a test's context (every {@link BroadsheetIntegrationTest} has it); it wraps the
 * data source.
 * <p>
 * Only statements made on the thread that called {@link #reset()} (a direct call or a
 * MockMvc request) or on a server's request thread are counted: the application's
 * background work (the replicas' version check every two seconds) would otherwise land in
 * a slow request's count now and then.
 */
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private volatile Thread caller;

	/** Starts counting from zero, the calling thread's statements and requests'. */
	public void reset() {
		this.caller = Thread.currentThread();
		this.statements.set(0);
	}

	/** Statements made since the last {@link #reset()}. */
	public int count() {
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource) ? proxy(bean, (target, method, args) -> {
			Object result = invoke(target, method, args);
			return (result instanceof Connection) ? proxy(result, this::countStatements) : result;
		}) : bean;
	}

	private Object countStatements(Object connection, Method method, Object[] args) throws Throwable {
		if ((method.getName().startsWith("prepare") || method.getName().equals("createStatement"))
				&& isCounted(Thread.currentThread())) {
			this.statements.incrementAndGet();
		}
		return invoke(connection, method, args);
	}

	// Tomcat's request threads are named "http-nio-<address>-<port>-exec-<n>".
	private boolean isCounted(Thread thread) {
		return thread == this.caller || thread.getName().contains("-exec-");
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private static Object proxy(Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), ClassUtils.getAllInterfaces(target),
				invocation);
	}

	/** What a proxy does with a call made to it. */
	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
