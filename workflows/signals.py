"""Moderation events: coordinators hear of new items, citizens of the decision on theirs.

A citizen's submission ends on every path a coordinator can take, and each
end records the decision, tells the submitter and starts the purge clock
(workflows/privacy.py): approving or publishing directly (approved),
rejecting (rejected), cancelling the moderation or deleting the item
without publishing it (closed).
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import published, task_submitted, workflow_approved, workflow_cancelled, workflow_rejected

from .records import Submission
from .services import SUBMITTED_MODELS, forget_translation_sources
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


def on_published(sender, instance, **kwargs):
    """Publishing directly, without the workflow's Approve, approves the submission too."""
    submission = Submission.for_object(instance)
    if submission is not None and submission.status == Submission.Status.PENDING:
        _decide(submission, Submission.Status.APPROVED)


def on_workflow_cancelled(sender, instance, user=None, **kwargs):
    """A cancelled moderation closes the submission, unless the cancel came from publishing it.

    Wagtail cancels the workflow before it publishes, so the answer waits
    for the commit: by then a publish has approved the submission.
    """
    submission_id = getattr(_submission_for(instance), "pk", None)
    if submission_id is None:
        return

    def close_if_still_pending():
        submission = Submission.objects.filter(pk=submission_id, status=Submission.Status.PENDING).first()
        if submission is not None:
            _decide(submission, Submission.Status.CLOSED)

    transaction.on_commit(close_if_still_pending)


def on_listing_deleted(sender, instance, **kwargs):
    """Deleting a submitted item closes its submission and drops the contact from its translation sources."""
    submission = Submission.for_object(instance)
    if submission is None:
        return
    forget_translation_sources(instance.translation_key)
    if submission.status == Submission.Status.PENDING:
        _decide(submission, Submission.Status.CLOSED)


def connect():
    task_submitted.disconnect(sender=TaskState, dispatch_uid=WAGTAIL_TASK_SUBMITTED_UID)
    task_submitted.connect(notify_task_submitted, sender=TaskState, dispatch_uid=WAGTAIL_TASK_SUBMITTED_UID)
    workflow_approved.connect(on_workflow_approved, sender=WorkflowState, dispatch_uid="workflows_submission_approved")
    workflow_rejected.connect(on_workflow_rejected, sender=WorkflowState, dispatch_uid="workflows_submission_rejected")
    workflow_cancelled.connect(
        on_workflow_cancelled, sender=WorkflowState, dispatch_uid="workflows_submission_cancelled"
    )
    for label in SUBMITTED_MODELS.values():
        model = apps.get_model(label)
        published.connect(on_published, sender=model, dispatch_uid=f"workflows_submission_published_{label}")
        pre_delete.connect(on_listing_deleted, sender=model, dispatch_uid=f"workflows_submission_deleted_{label}")
