package io.careerhistory.infra.deadletters;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry.sequenceIdentifierIterator;

/**
 * axon-mongo's queue, except that processing starts each sequence at its oldest letter. The stock queue finds that
 * letter with {@code $group}/{@code $first}, which depends on the order documents are scanned in: MongoDB keeps
 * insertion order in practice, the embedded server does not, and there a retry handled a later event of an aggregate
 * before the earlier one. Here each sequence is read sorted by its index. Letters are not claimed while processed:
 * two admins retrying the same sequence at once may handle an event twice, which the idempotent views absorb.
 */
class InOrderDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private final SequencedDeadLetterQueue<EventMessage<?>> delegate;
    private final MongoCollection<Document> collection;
    private final String processingGroup;

    InOrderDeadLetterQueue(SequencedDeadLetterQueue<EventMessage<?>> delegate, MongoCollection<Document> collection,
                           String processingGroup) {
        this.delegate = delegate;
        this.collection = collection;
        this.processingGroup = processingGroup;
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        for (String sequence : sequenceIdentifierIterator(collection, processingGroup).into(new ArrayList<>())) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters = delegate.deadLetterSequence(sequence).iterator();
            if (letters.hasNext()) {
                DeadLetter<? extends EventMessage<?>> first = letters.next();
                if (sequenceFilter.test(first)) {
                    return processInOrder(first, letters, task);
                }
            }
        }
        return false;
    }

    /** Evicts each letter that succeeds; the first that fails again is requeued and ends the sequence's turn. */
    private boolean processInOrder(DeadLetter<? extends EventMessage<?>> first,
                                   Iterator<DeadLetter<? extends EventMessage<?>>> rest,
                                   Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> task) {
        DeadLetter<? extends EventMessage<?>> letter = first;
        while (letter != null) {
            EnqueueDecision<EventMessage<?>> decision = task.apply(letter);
            if (decision.shouldEnqueue()) {
                delegate.requeue(letter, l -> decision.withDiagnostics(l).withCause(decision.enqueueCause().orElse(null)));
                return false;
            }
            delegate.evict(letter);
            letter = rest.hasNext() ? rest.next() : null;
        }
        return true;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        delegate.enqueue(sequenceIdentifier, letter);
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier,
                                    Supplier<DeadLetter<? extends EventMessage<?>>> letterBuilder)
            throws DeadLetterQueueOverflowException {
        return delegate.enqueueIfPresent(sequenceIdentifier, letterBuilder);
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater)
            throws NoSuchDeadLetterException {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
