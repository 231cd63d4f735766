import { describe, expect, it } from 'vitest';
import { StatusError } from '../../sim/api/status';
import { checkAccept, insistsOnProtobuf } from './negotiate';

describe('Accept negotiation for protobuf-only clients', () => {
  it('accepts what kubectl and helm send, and no Accept at all', () => {
    expect(insistsOnProtobuf('application/vnd.kubernetes.protobuf, application/json')).toBe(false);
    expect(insistsOnProtobuf('application/json;as=Table;v=v1;g=meta.k8s.io,application/json')).toBe(false);
    expect(insistsOnProtobuf('*/*')).toBe(false);
    expect(insistsOnProtobuf(undefined)).toBe(false);
    expect(insistsOnProtobuf('')).toBe(false);
  });

  it('refuses protobuf alone, with parameters too, as a 406 NotAcceptable Status', () => {
    expect(insistsOnProtobuf('application/vnd.kubernetes.protobuf')).toBe(true);
    expect(insistsOnProtobuf('application/vnd.kubernetes.protobuf;stream=watch, Application/Vnd.Kubernetes.Protobuf')).toBe(true);
    let err: unknown;
    try {
      checkAccept('application/vnd.kubernetes.protobuf');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toMatchObject({ code: 406, reason: 'NotAcceptable', status: 'Failure', message: 'only the following media types are accepted: application/json' });
  });
});
