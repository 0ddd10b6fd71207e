import type { Vm } from '../../engine/read';
import { ContainersSection } from './ContainersSection';
import { CrashSection } from './CrashSection';
import { VmRuntimeSection } from './VmRuntimeSection';

/** The VM inspector's platform part: a container runtime in the guest, its containers, crashes. */
export default function VmPlatformSections({ vm }: { vm: Vm }) {
  return (
    <>
      <VmRuntimeSection vm={vm} />
      {vm.runtime && <ContainersSection owner={vm.id} ownerName={vm.name} runtime={vm.runtime} />}
      <CrashSection
        id={vm.id}
        recover={vm.power === 'crashed' ? { on: vm.id, label: 'Restart the guest OS' } : null}
      />
    </>
  );
}
