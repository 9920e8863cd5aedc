package org.dyad.core.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dyad.api.Events;
import org.dyad.api.PlatformEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers platform events to subscribers after the publishing transaction commits. A failing subscriber is logged
 * and never reaches the publisher.
 */
@Component
public class EventBus implements Events {

    private static final Logger log = LoggerFactory.getLogger(EventBus.class);

    private final List<Consumer<PlatformEvent>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<PlatformEvent> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void publish(PlatformEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    private void deliver(PlatformEvent event) {
        for (Consumer<PlatformEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                log.error("An event subscriber failed on {}", event, e);
            }
        }
    }
}
