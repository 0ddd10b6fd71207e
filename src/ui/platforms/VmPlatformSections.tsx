import type { Vm } from '../../engine/read';
import { useRuntime } from '../storeContext';
import { ContainersSection } from './ContainersSection';
import { CrashSection } from './CrashSection';
import { LOADING } from './loading';
import { VmRuntimeSection } from './VmRuntimeSection';

/** The VM inspector's platform part: a container runtime in the guest, its containers, crashes. */
export default function VmPlatformSections({ vm }: { vm: Vm }) {
  const rt = useRuntime();
  if (!rt) return LOADING;
  return (
    <>
      <VmRuntimeSection vm={vm} rt={rt} />
      {vm.runtime && <ContainersSection owner={vm.id} ownerName={vm.name} runtime={vm.runtime} />}
      <CrashSection
        rt={rt}
        id={vm.id}
        crashed={vm.power === 'crashed'}
        recoverLabel="Restart the guest OS"
      />
    </>
  );
}
