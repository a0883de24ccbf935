import {
  type Certificate,
  type CertificateIssue,
  type CertificateList,
  type CertificateVerification,
  type MyCertificateRequest,
  maskName,
} from '@liandong/domain';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/app-error.ts';
import { calendarDayOf } from '../../lib/calendar.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { createOrganizationsRepository } from '../organizations/organizations.repository.ts';
import { findVolunteerFor } from '../volunteers/find-volunteer.ts';
import { findVolunteersOfUser } from '../volunteers/find-volunteers-of-user.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import { certificatePdfInputOf } from './certificate-pdf-input.ts';
import { canIssueCertificateFor } from './certificates.policy.ts';
import { createCertificatesRepository } from './certificates.repository.ts';
import { issueCertificate } from './issue-certificate.ts';
import { presentCertificate, snapshotOf } from './present-certificate.ts';

/**
 * The handler printed on a certificate a volunteer requested themselves: nobody handled it, and the PDF says so
 * rather than naming a person who did not. Its seal circle stays empty either way (the file carries no seal).
 */
export const SELF_SERVICE_HANDLER = '系统自动出具';

const certificateNotFound = () => new AppError('certificates.not_found', 404);

/** 志愿服务记录证明: issued by staff or requested by the volunteer, listed, downloaded, revoked and verified. */
export function createCertificatesService(deps: AppDeps) {
  const { db, clock, config } = deps;
  const certificates = () => createCertificatesRepository(db);

  async function present(id: string): Promise<Certificate> {
    const row = await certificates().findDetailed(id);
    if (!row) throw certificateNotFound();
    return presentCertificate(row);
  }

  return {
    /** Staff issue a certificate for a volunteer they hold certificates.issue over. */
    async issue(actor: Actor, volunteerId: string, body: CertificateIssue, meta: RequestMeta): Promise<Certificate> {
      const volunteer = await findVolunteerFor(db, actor, volunteerId, canIssueCertificateFor);
      const id = await issueCertificate(deps, actor, meta, {
        volunteer,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        personInCharge: body.personInCharge,
        handlerName: body.handlerName,
        handlerContact: body.handlerContact ?? null,
        selfRequested: false,
      });
      return present(id);
    },

    /**
     * A volunteer requests their own certificate, issued at once by the same rules. The person in charge is the
     * registry's contact person (its name when it has none) and its contact phone the contact; the handler is
     * SELF_SERVICE_HANDLER, so the certificate claims no staff member's hand.
     */
    async requestOwn(actor: Actor, body: MyCertificateRequest, meta: RequestMeta): Promise<Certificate> {
      const mine = await findVolunteersOfUser(db, actor.userId);
      if (mine.length === 0) throw new AppError('volunteers.not_a_volunteer', 403);
      const volunteer = body.volunteerId
        ? mine.find((candidate) => candidate.id === body.volunteerId)
        : mine.length === 1
          ? mine[0]
          : undefined;
      if (!volunteer) {
        if (body.volunteerId) throw new AppError('volunteers.not_found', 404, [{ path: 'body.volunteerId' }]);
        // Registered with several registries: the request must say which record the certificate is for.
        throw new AppError('validation.failed', 400, [{ path: 'body.volunteerId', issue: 'required' }]);
      }
      const registry = await createOrganizationsRepository(db).findById(volunteer.registryId);
      const id = await issueCertificate(deps, actor, meta, {
        volunteer,
        periodFrom: body.periodFrom,
        periodTo: body.periodTo,
        personInCharge: registry?.contactName?.trim() || registry?.name || '',
        handlerName: SELF_SERVICE_HANDLER,
        handlerContact: registry?.contactPhone ?? null,
        selfRequested: true,
      });
      return present(id);
    },

    /** Revokes a certificate (certificates.already_revoked when it is); the PDF and the public page then say so. */
    async revoke(actor: Actor, id: string, reason: string, meta: RequestMeta): Promise<Certificate> {
      const certificate = await certificates().findById(id);
      if (!certificate) throw certificateNotFound();
      const volunteer = await findVolunteerFor(db, actor, certificate.volunteerId, canIssueCertificateFor, () =>
        certificateNotFound(),
      );
      if (certificate.revokedAt !== null) throw new AppError('certificates.already_revoked', 409);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const revoked = await createCertificatesRepository(trx).revoke(id, {
          revokedAt: now,
          revokedBy: actor.userId,
          revokeReason: reason,
        });
        if (!revoked) throw new AppError('certificates.already_revoked', 409);
        await recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'certificates.revoke',
            entityType: 'service_certificate',
            entityId: id,
            before: { number: certificate.number, revoked: false },
            after: { number: certificate.number, revoked: true, revokeReason: reason },
            scopePath: volunteer.homePath,
          },
        );
      });
      return present(id);
    },

    /** A volunteer's certificates, newest first, for whoever may read the volunteer. */
    async listForVolunteer(actor: Actor, volunteerId: string): Promise<CertificateList> {
      const volunteer = await findVolunteerFor(db, actor, volunteerId);
      const rows = await certificates().listOfVolunteers([volunteer.id]);
      return { items: rows.map(presentCertificate) };
    },

    /** The signed-in user's certificates across their volunteer records. */
    async listMine(actor: Actor): Promise<CertificateList> {
      const mine = await findVolunteersOfUser(db, actor.userId);
      const rows = await certificates().listOfVolunteers(mine.map((volunteer) => volunteer.id));
      return { items: rows.map(presentCertificate) };
    },

    /**
     * The certificate as a PDF, for the volunteer themselves or whoever may read the volunteer (certificates.not_found
     * for anyone else). Every download is audited like an export (`certificates.download`), since the file carries
     * personal data. `origin` is where the request came in, for the verification URL printed with its QR code.
     */
    async download(
      actor: Actor,
      id: string,
      origin: string,
      meta: RequestMeta,
    ): Promise<{ number: string; pdf: Buffer }> {
      const certificate = await certificates().findById(id);
      if (!certificate) throw certificateNotFound();
      const own = (await findVolunteersOfUser(db, actor.userId)).find(
        (volunteer) => volunteer.id === certificate.volunteerId,
      );
      const volunteer =
        own ?? (await findVolunteerFor(db, actor, certificate.volunteerId, undefined, () => certificateNotFound()));
      const pdf = await renderCertificatePdf(
        certificatePdfInputOf(certificate, `${origin}/verify/${certificate.verifyToken}`),
      );
      const now = clock.now();
      await db.transaction().execute((trx) =>
        recordAudit(
          trx,
          { actor, meta, now },
          {
            action: 'certificates.download',
            entityType: 'service_certificate',
            entityId: id,
            after: { number: certificate.number, revoked: certificate.revokedAt !== null, own: own !== undefined },
            scopePath: volunteer.homePath,
          },
        ),
      );
      return { number: certificate.number, pdf };
    },

    /**
     * What the public verification page shows for a token: validity, the masked name, period and totals, the
     * issuer and dates, and nothing else (no ID number, no records). certificates.not_found for an unknown token.
     */
    async verify(token: string): Promise<CertificateVerification> {
      const row = await certificates().findByToken(token);
      if (!row) throw certificateNotFound();
      const snapshot = snapshotOf(row);
      const revoked = row.revokedAt !== null;
      return {
        valid: !revoked,
        revoked,
        number: row.number,
        name: maskName(snapshot.volunteer.name),
        period: { from: row.periodFrom, to: row.periodTo },
        totalHundredths: Number(row.totalHundredths),
        entryCount: Number(row.entryCount),
        issuerName: snapshot.issuer.name,
        issuedOn: row.issuedOn,
        ...(row.revokedAt === null ? {} : { revokedOn: calendarDayOf(Number(row.revokedAt), config.timeZone) }),
      };
    },
  };
}
