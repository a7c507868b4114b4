"""Moderation events: coordinators hear of new items, citizens of the decision on theirs."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from .records import Submission
from .tasks import send_submission_decision, send_task_submitted_mail

# Wagtail connects its own "submitted for moderation" e-mail under this id.
# Connecting ours under the same id and sender first makes Wagtail's later
# connect a no-op (Django signals keep one receiver per id), so coordinators
# get one e-mail per item, through django-tasks, and none if they chose the
# daily digest.
WAGTAIL_TASK_SUBMITTED_UID = "group_approval_task_submitted_email_notification"


def notify_task_submitted(sender, instance, user=None, **kwargs):
    task_state_id = instance.pk
    user_id = user.pk if user is not None else None
    transaction.on_commit(lambda: send_task_submitted_mail.enqueue(task_state_id, user_id))


def _submission_for(workflow_state):
    try:
        object_id = int(workflow_state.object_id)
    except (TypeError, ValueError):
        return None
    return Submission.objects.filter(content_type_id=workflow_state.content_type_id, object_id=object_id).first()


def _decide(submission, status, reason=""):
    submission.status = status
    submission.rejection_reason = reason
    submission.decided_at = timezone.now()
    submission.save(update_fields=["status", "rejection_reason", "decided_at"])
    submission_id = submission.pk
    # After the commit: an approval that is rolled back must not be announced.
    transaction.on_commit(lambda: send_submission_decision.enqueue(submission_id))


def on_workflow_approved(sender, instance, user=None, **kwargs):
    submission = _submission_for(instance)
    if submission is not None and submission.status != Submission.Status.APPROVED:
        _decide(submission, Submission.Status.APPROVED)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    submission = _submission_for(instance)
    if submission is None:
        return
    task_state = instance.current_task_state
    reason = (task_state.specific.get_comment() if task_state else "") or ""
    _decide(submission, Submission.Status.REJECTED, reason.strip())


def connect():
    task_submitted.disconnect(sender=TaskState, dispatch_uid=WAGTAIL_TASK_SUBMITTED_UID)
    task_submitted.connect(notify_task_submitted, sender=TaskState, dispatch_uid=WAGTAIL_TASK_SUBMITTED_UID)
    workflow_approved.connect(on_workflow_approved, sender=WorkflowState, dispatch_uid="workflows_submission_approved")
    workflow_rejected.connect(on_workflow_rejected, sender=WorkflowState, dispatch_uid="workflows_submission_rejected")
