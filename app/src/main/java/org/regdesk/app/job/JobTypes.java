package org.regdesk.app.job;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The job kinds of the desk: every {@link JobType} bean, found by kind when a job runs (looked up
 * then, not at start, so that job types may themselves enqueue jobs).
 */
@Component
class JobTypes {

  private final ObjectProvider<JobType<?>> types;

  JobTypes(ObjectProvider<JobType<?>> types) {
    this.types = types;
  }

  Optional<JobType<?>> find(String kind) {
    return types.orderedStream().filter(t -> t.kind().equals(kind)).findFirst();
  }

  java.util.List<RecurringJobType> recurring() {
    return types
        .orderedStream()
        .filter(RecurringJobType.class::isInstance)
        .map(RecurringJobType.class::cast)
        .toList();
  }
}
