package org.dyad.testkit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.security.core.context.SecurityContextHolder;

/** The JUnit extension behind {@link DyadPluginTest}: one {@link TestKit} per test class. */
final class TestKitExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestKitExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        DyadPluginTest settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), DyadPluginTest.class)
                .orElseThrow(() -> new IllegalStateException("Annotate the test class with @DyadPluginTest."));
        context.getStore(NAMESPACE).put(TestKit.class, TestKit.start(settings));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestKit kit = context.getStore(NAMESPACE).remove(TestKit.class, TestKit.class);
        if (kit != null) {
            kit.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestKit.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestKit kit = findKit(context);
        if (kit == null) {
            throw new IllegalStateException("No TestKit: is the class annotated with @DyadPluginTest?");
        }
        return kit;
    }

    private static @Nullable TestKit findKit(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            TestKit kit = c.getStore(NAMESPACE).get(TestKit.class, TestKit.class);
            if (kit != null) {
                return kit;
            }
        }
        return null;
    }
}
