import { describe, expect, it } from 'vitest';
import { invalid, notFound } from '../../sim/api/status';
import { serverErrorMessage } from './errors';

describe('serverErrorMessage', () => {
  it('prints most API errors as `Error from server (Reason): message`', () => {
    expect(serverErrorMessage(notFound({ group: '', resource: 'pods' }, 'x'))).toBe('Error from server (NotFound): pods "x" not found');
  });

  it('prints a 422 from its details, dropping the file context, as CheckErr does', () => {
    const one = invalid('Pod', '', 'noimg', [{ type: 'FieldValueRequired', field: 'spec.containers[0].image', message: 'Required value' }]);
    expect(serverErrorMessage(one, 'error when creating "pod.yaml"')).toBe('The Pod "noimg" is invalid: spec.containers[0].image: Required value');
  });

  it('lists several causes one per line, each once', () => {
    const many = invalid('Deployment', 'apps', 'web', [
      { type: 'FieldValueRequired', field: 'spec.selector', message: 'Required value' },
      { type: 'FieldValueRequired', field: 'spec.selector', message: 'Required value' },
      { type: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
    ]);
    expect(serverErrorMessage(many)).toBe(
      'The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
  });
});
