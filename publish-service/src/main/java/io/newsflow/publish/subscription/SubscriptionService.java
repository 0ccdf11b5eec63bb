package io.newsflow.publish.subscription;

import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.callback.ForbiddenCallbackException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Registers, changes and removes subscriptions; refuses callbacks the guard forbids. */
@Service
public class SubscriptionService {

    static final int MAX_SECRETS = 5;

    private final SubscriptionStore store;
    private final CallbackGuard guard;
    private final Clock clock;

    SubscriptionService(SubscriptionStore store, CallbackGuard guard, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.clock = clock;
    }

    /** A push subscription when {@code callback} is given, a pull subscription otherwise. */
    public Subscription create(String callback, SubscriptionFilter filter, PayloadFormat format, List<String> secrets) {
        boolean push = callback != null && !callback.isBlank();
        if (push) {
            try {
                guard.check(callback);
            } catch (ForbiddenCallbackException e) {
                throw new BadSubscriptionException(e.getMessage());
            }
        }
        List<String> keys = secrets == null || secrets.isEmpty() ? List.of(Secrets.generate()) : secrets;
        if (keys.size() > MAX_SECRETS) {
            throw new BadSubscriptionException("At most " + MAX_SECRETS + " secrets.");
        }
        keys.forEach(Secrets::key);
        Subscription subscription = new Subscription("sub_" + UUID.randomUUID().toString().replace("-", ""),
                push ? Subscription.Mode.PUSH : Subscription.Mode.PULL, push ? callback.strip() : null, filter, format,
                keys, Subscription.Health.active(), clock.instant());
        store.save(subscription);
        return subscription;
    }

    public Subscription get(String id) {
        return store.find(id).orElseThrow(() -> new UnknownSubscriptionException(id));
    }

    public List<Subscription> all() {
        return store.all();
    }

    public Subscription pause(String id) {
        get(id);
        store.setState(id, Subscription.State.PAUSED, null);
        return get(id);
    }

    /** Also re-enables a disabled subscription: the operator fixed the endpoint. */
    public Subscription resume(String id) {
        get(id);
        store.setState(id, Subscription.State.ACTIVE, null);
        return get(id);
    }

    public void delete(String id) {
        if (!store.delete(id)) {
            throw new UnknownSubscriptionException(id);
        }
    }

    /** Adds a secret for rotation; until the old one is retired, both sign every delivery. */
    public Subscription addSecret(String id, String secret) {
        Subscription subscription = get(id);
        String added = secret == null || secret.isBlank() ? Secrets.generate() : secret.strip();
        Secrets.key(added);
        List<String> secrets = new ArrayList<>(subscription.secrets());
        if (secrets.size() >= MAX_SECRETS) {
            throw new BadSubscriptionException("At most " + MAX_SECRETS + " secrets; retire one first.");
        }
        secrets.add(added);
        store.setSecrets(id, secrets);
        return subscription.withSecrets(secrets);
    }

    /** Retires the secret at position {@code n} (0 = oldest); the last one cannot go. */
    public Subscription removeSecret(String id, int n) {
        Subscription subscription = get(id);
        List<String> secrets = new ArrayList<>(subscription.secrets());
        if (n < 0 || n >= secrets.size()) {
            throw new BadSubscriptionException("No secret number " + n + "; there are " + secrets.size() + ".");
        }
        if (secrets.size() == 1) {
            throw new BadSubscriptionException("The last secret cannot be retired; add a new one first.");
        }
        secrets.remove(n);
        store.setSecrets(id, secrets);
        return subscription.withSecrets(secrets);
    }
}
